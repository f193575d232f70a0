/** Reads the stats a story declares with `# stat: VAR = Label` global tags. */
import { InkList, type Story } from 'inkjs';
import type { StatDeclaration } from './tags.ts';

export type StatKind = 'number' | 'list' | 'text' | 'boolean' | 'missing';

export interface StatValue {
  readonly variable: string;
  readonly label: string;
  readonly kind: StatKind;
  /** Numbers, booleans and text as they are; a LIST as its members' names, in list order. */
  readonly value: number | boolean | string | readonly string[] | null;
}

/** The names of a LIST value's members, in the order of their values. */
export function listMembers(list: InkList): string[] {
  return list.orderedItems.map((entry) => entry.Key.itemName ?? '').filter(Boolean);
}

export function readStat(story: Story, declaration: StatDeclaration): StatValue {
  const raw: unknown = story.variablesState.$(declaration.variable);
  const base = { variable: declaration.variable, label: declaration.label };
  if (raw instanceof InkList) return { ...base, kind: 'list', value: listMembers(raw) };
  if (typeof raw === 'number') return { ...base, kind: 'number', value: raw };
  if (typeof raw === 'boolean') return { ...base, kind: 'boolean', value: raw };
  if (typeof raw === 'string') return { ...base, kind: 'text', value: raw };
  return { ...base, kind: 'missing', value: null };
}

export function readStats(story: Story, declarations: readonly StatDeclaration[]): StatValue[] {
  return declarations.map((d) => readStat(story, d));
}
