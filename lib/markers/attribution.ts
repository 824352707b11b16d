/** Whether AI-generated code names the tool that wrote it (`require-spdx-header`'s attribution check). */
import type { Marker } from './grammar.js';
import type { GeneratedCode } from './regions.js';

/** AI-generated code that names no tool: a marker without `tool=`, or a file marked by configuration. */
export interface Unattributed {
  /** Undefined for a file that `treatAsGenerated` marks: there is no marker to point at. */
  readonly marker: Marker | undefined;
  readonly subject: 'This file' | 'This region' | 'This declaration';
}

/**
 * The generated code of a file whose header has no `SPDX-FileContributor:` and whose markers
 * do not name a tool. A contributor in the header names the tool for the whole file.
 */
export function unattributedCode(generated: GeneratedCode, treatAsGenerated: boolean): Unattributed[] {
  const names = (marker: Marker): boolean => marker.fields.some((field) => field.key === 'tool' && field.value !== '');
  const found: Unattributed[] = [];
  const { fileMarker } = generated;
  if (fileMarker === undefined ? treatAsGenerated : !names(fileMarker)) found.push({ marker: fileMarker, subject: 'This file' });
  for (const region of generated.regions) if (!names(region.begin)) found.push({ marker: region.begin, subject: 'This region' });
  for (const marker of generated.declarations.values()) if (!names(marker)) found.push({ marker, subject: 'This declaration' });
  return found;
}
