/** The explorer's report as readable Markdown. */
import type { ExploreReport, StatRange } from './explore.ts';
import type { SampleReport } from './sample.ts';

const count = (n: number) =>
  Number.isSafeInteger(n) ? n.toLocaleString('en-GB') : `≈${n.toExponential(3)}`;

function range(r: StatRange | undefined): string {
  if (!r) return '—';
  if (r.kind === 'number') return r.min === r.max ? `${r.min}` : `${r.min} – ${r.max}`;
  if (r.kind === 'list') return r.members.length ? r.members.join(', ') : '(none)';
  return r.values.join(' / ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const path = (steps: readonly string[]) =>
  steps.length ? steps.map((s, i) => `${i + 1}. ${s}`).join(' → ') : '(at the start)';

/** Paths longer than this are shortened in tables and given whole in their own section. */
const TABLE_STEPS = 16;

/** A path for a table cell: whole when short, else its first and last choices. */
function shortPath(steps: readonly string[]): string {
  if (steps.length <= TABLE_STEPS) return path(steps);
  const head = steps.slice(0, 5).map((s, i) => `${i + 1}. ${s}`);
  const tail = steps.slice(-5).map((s, i) => `${steps.length - 4 + i}. ${s}`);
  return `${head.join(' → ')} → … (${steps.length - 10} more) … → ${tail.join(' → ')}`;
}

export function reportMarkdown(report: ExploreReport): string {
  const out: string[] = [];
  out.push(`# Explorer report${report.title ? `: ${report.title}` : ''}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(
    `| exploration | ${report.complete ? 'complete' : '**incomplete** (state bound reached)'} |`,
  );
  out.push(`| distinct states | ${count(report.distinctStates)} |`);
  out.push(
    report.complete
      ? `| complete paths | ${count(report.pathsTotal)}${report.hasLoops ? ' (the story loops; looping paths not counted)' : ''} |`
      : '| complete paths | not known: the walk is incomplete |',
  );
  out.push(`| endings found | ${report.endings.length} |`);
  out.push(`| dead ends | ${report.deadEnds.length} |`);
  out.push(`| runtime errors / warnings | ${report.errors.length} / ${report.warnings.length} |`);
  out.push(
    `| knots and stitches reached | ${report.sections - report.unreached.length} of ${report.sections} |`,
  );
  out.push(`| time | ${report.seconds.toFixed(2)} s |`, '');

  out.push('## Endings', '');
  if (report.endings.length === 0) out.push('No `# ending:` tag was reached.', '');
  else {
    const columns = ['ending', 'paths', 'shortest path', ...report.stats.map((s) => cell(s.label))];
    out.push(`| ${columns.join(' | ')} |`);
    out.push(`|${columns.map(() => ' --- |').join('')}`);
    for (const e of report.endings) {
      const values = report.stats.map((s) => cell(range(e.finalStats[s.variable])));
      out.push(
        `| ${[`**${cell(e.title)}** (\`${e.id}\`)`, count(e.pathCount), cell(shortPath(e.shortestPath)), ...values].join(' | ')} |`,
      );
    }
    out.push('');
    const long = report.endings.filter((e) => e.shortestPath.length > TABLE_STEPS);
    if (long.length > 0) {
      out.push('### Shortest paths in full', '');
      for (const e of long) {
        out.push(`**${e.title}** (${e.shortestPath.length} choices):`, '');
        e.shortestPath.forEach((step, i) => out.push(`${i + 1}. ${step}`));
        out.push('');
      }
    }
  }

  out.push('## Decisions', '');
  for (const d of report.decisions) {
    out.push(`### ${d.id}`, '', `Offered in ${count(d.occurrences)} distinct state(s).`, '');
    const endingIds = report.endings.map((e) => e.id);
    const columns = ['order', ...endingIds, 'final stats'];
    out.push(`| ${columns.join(' | ')} |`);
    out.push(`|${columns.map(() => ' --- |').join('')}`);
    for (const o of d.options) {
      const stats = report.stats
        .map((s) => `${s.label}: ${range(o.finalStats[s.variable])}`)
        .join('; ');
      const ends = endingIds.map((id) => count(o.endings[id] ?? 0));
      out.push(
        `| ${[`${cell(o.text)}${o.history ? ' *(history)*' : ''}`, ...ends, cell(stats)].join(' | ')} |`,
      );
    }
    out.push('');
  }

  out.push(...outcomeSections(report));

  out.push('## Problems', '');
  if (report.deadEnds.length + report.errors.length + report.warnings.length === 0) {
    out.push('No dead end, runtime error or warning.', '');
  }
  for (const d of report.deadEnds) {
    out.push(`- **Dead end** after “${d.lastText}” — ${path(d.path)}`);
  }
  for (const e of report.errors) out.push(`- **Error**: ${e.message} — ${path(e.path)}`);
  for (const w of report.warnings) out.push(`- **Warning**: ${w.message} — ${path(w.path)}`);
  out.push('', '## Never reached', '');
  out.push(
    report.complete
      ? report.unreached.length
        ? report.unreached.map((s) => `- \`${s}\``).join('\n')
        : 'Every knot and stitch was reached.'
      : 'Not known: the exploration is incomplete.',
  );
  return out.join('\n') + '\n';
}

/**
 * Whether the orders matter: sibling orders that lead to the same outcome, and how many
 * endings each decision's orders open or close.
 */
function outcomeSections(report: ExploreReport): string[] {
  const out: string[] = ['## Orders with the same outcome', ''];
  out.push(
    'Orders of one decision that reach the same endings and leave every final stat in the same range.',
    '',
  );
  const alike = report.decisions.filter((d) => d.sameOutcome.length > 0);
  if (alike.length === 0)
    out.push('None: every order of every decision has an outcome of its own.');
  else {
    out.push('| decision | orders with the same outcome |', '| --- | --- |');
    for (const d of alike) {
      for (const group of d.sameOutcome) {
        out.push(`| ${cell(d.id)} | ${cell(group.map((t) => `“${t}”`).join(' = '))} |`);
      }
    }
  }
  out.push('', '## Weight of each decision on the endings', '');
  out.push(
    'An ending is swayed by a decision when some of its orders can still reach it and others cannot.',
    '',
  );
  const endingIds = report.endings.map((e) => e.id);
  // One column per ending (none when the story tags no ending), so every row has the same cells.
  out.push(`| decision | weight |${endingIds.map((id) => ` ${cell(id)} |`).join('')}`);
  out.push(`| --- | --- |${endingIds.map(() => ' --- |').join('')}`);
  for (const d of report.decisions) {
    const marks = endingIds.map((id) => ` ${d.endingsSwayed.includes(id) ? '✓' : ''} |`);
    out.push(`| ${cell(d.id)} | ${d.endingsSwayed.length} |${marks.join('')}`);
  }
  out.push('');
  return out;
}

/** A sampled report as Markdown: what the runs met, plainly marked as not exhaustive. */
export function sampleMarkdown(report: SampleReport): string {
  const out: string[] = [`# Sampled report${report.title ? `: ${report.title}` : ''}`, ''];
  out.push(
    `${count(report.runs)} complete runs with random orders (seed ${report.seed}), ${report.seconds.toFixed(2)} s. ` +
      'A sample is not a proof: an ending or dead end no run met may still exist.',
    '',
  );
  out.push('| ending | runs | shortest path seen |', '| --- | --- | --- |');
  for (const e of report.endings) {
    out.push(
      `| **${cell(e.title)}** (\`${e.id}\`) | ${count(e.runs)} | ${cell(shortPath(e.shortestPath))} |`,
    );
  }
  out.push('', '## Decisions met', '');
  for (const [id, taken] of Object.entries(report.decisions)) {
    out.push(`- **${id}**: ${taken.map((t) => `“${t}”`).join(', ')}`);
  }
  out.push('', '## Problems', '');
  if (report.deadEnds.length + report.errors.length + report.warnings.length === 0) {
    out.push('No run met a dead end, a runtime error or a warning.');
  }
  for (const d of report.deadEnds)
    out.push(`- **Dead end** after “${d.lastText}” — ${path(d.path)}`);
  for (const e of report.errors) out.push(`- **Error**: ${e.message} — ${path(e.path)}`);
  for (const w of report.warnings) out.push(`- **Warning**: ${w.message} — ${path(w.path)}`);
  out.push('', '## Never reached by the sample', '');
  out.push(
    report.unreached.length
      ? report.unreached.map((s) => `- \`${s}\``).join('\n')
      : 'Every knot and stitch was reached.',
  );
  return out.join('\n') + '\n';
}
