import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../../helpers/lint.js';

// Settings have no schema in ESLint; the plugin checks them and names the bad key.
describe("settings['ai-code']", () => {
  it.each([
    [{ treatAsGenerated: 'yes' }, "Invalid settings['ai-code'].treatAsGenerated: expected true or false."],
    [{ markerAliases: '@copilot' }, `Invalid settings['ai-code'].markerAliases: expected an array of tags without spaces, such as ["@copilot"].`],
    [{ markerAliases: ['two words'] }, `Invalid settings['ai-code'].markerAliases: expected an array of tags without spaces, such as ["@copilot"].`],
    [{ skipToolGenerated: ['everything'] }, `Invalid settings['ai-code'].skipToolGenerated: expected true, false, or a list of "generated-tag", "do-not-edit", "protobuf".`],
    [{ treatAsGenrated: true }, "Invalid settings['ai-code']: unknown key 'treatAsGenrated'; known keys are treatAsGenerated, markerAliases and skipToolGenerated."],
  ])('rejects %j with a message naming the rule and the setting', (settings, message) => {
    expect(() => lintWithRule('no-undocumented-generated', [], 'a();\n', settings)).toThrow(
      `Error while loading rule 'ai-code/no-undocumented-generated': ${message}`,
    );
  });

  it('accepts marker aliases', () => {
    const messages = lintWithRule('no-undocumented-generated', [], '// @copilot\nexport const retries = 3;\n', { markerAliases: ['@copilot'] });
    expect(messages.map((message) => message.message)).toEqual(["Exported variable 'retries' in generated code has no description."]);
  });
});
