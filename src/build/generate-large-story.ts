/**
 * Generates a synthetic ink story for measuring the explorer: chapters of decisions over a few
 * clamped gauges, so that paths merge and the number of distinct states grows in proportion
 * to `scale` (scale 10 has ten times the chapters of scale 1), with prose-sized lines.
 *
 * `npx tsx src/build/generate-large-story.ts SCALE > story.ink`
 */

const FILLER =
  'The staff officers read the wire twice, mark the map, and send the order down the line before dawn.';

/** An ink story with `12 * scale` decisions and five endings. */
export function generateLargeStory(scale: number): string {
  const chapters = Math.max(1, Math.round(4 * scale));
  const lines: string[] = [
    '# title: Generated Campaign',
    '# stat: supply = Supply',
    '# stat: morale = Morale',
    '# stat: front = Front',
    'VAR supply = 2',
    'VAR morale = 2',
    'VAR front = 2',
    '-> chapter_0',
    '=== function shift(ref gauge, by)',
    '~ gauge = MAX(0, MIN(4, gauge + by))',
  ];
  for (let c = 0; c < chapters; c++) {
    lines.push(`=== chapter_${c} ===`, `Chapter ${c + 1}. ${FILLER} # chapter: Chapter ${c + 1}`);
    for (let d = 0; d < 3; d++) {
      const id = `c${c}-d${d}`;
      lines.push(
        `${FILLER} {supply > 2:Supplies hold.|Supplies are thin.} # decision: ${id}`,
        `+ [Advance ${id} #history]`,
        '    ~ shift(front, 1)',
        '    ~ shift(supply, -1)',
        `    ${FILLER}`,
        `+ [Hold ${id}]`,
        '    ~ shift(supply, 1)',
        `    ${FILLER}`,
        `+ [Rest ${id}]`,
        '    ~ shift(morale, 1)',
        '    ~ shift(front, -1)',
        `    ${FILLER}`,
        '-',
      );
    }
    lines.push(c + 1 < chapters ? `-> chapter_${c + 1}` : '-> finale');
  }
  lines.push(
    '=== finale ===',
    '{',
    '- front >= 4: The front breaks through. # ending: breakthrough = Breakthrough',
    '- front <= 0: The front collapses. # ending: collapse = Collapse',
    '- supply >= 3 && morale >= 3: A strong peace. # ending: strong = Strong Peace',
    '- morale <= 1: A tired army. # ending: tired = Tired Army',
    '- else: Stalemate. # ending: stalemate = Stalemate',
    '}',
    '-> END',
  );
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateLargeStory(Number(process.argv[2] ?? 1)));
}
