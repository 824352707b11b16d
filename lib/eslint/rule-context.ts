/**
 * Reading a rule context's properties. ESLint makes each file's rule contexts inherit from a
 * new object for that file, so V8 meets a hidden class it has not seen on every file: each
 * `context.name` load site misses its inline cache and takes the runtime's slow path, a cost
 * per file and property name that is a large share of a rule's budget on small files.
 * `Reflect.get` looks the property up without an inline cache.
 */
import type { TSESLint } from '@typescript-eslint/utils';

export function contextValue<Context extends object, Key extends keyof Context & string>(context: Context, key: Key): Context[Key] {
  return Reflect.get(context, key) as Context[Key];
}

/**
 * `context.report(descriptor)`, with `report` read as `contextValue` reads. Most files report
 * nothing, but a rule that reports on most files (a missing licence header) would pay the slow
 * read on each.
 */
export function report<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  descriptor: TSESLint.ReportDescriptor<MessageIds>,
): void {
  contextValue(context, 'report').call(context, descriptor);
}
