import { describe, expect, it } from 'vitest';
import { withoutTagIndentation } from '../../src/build/compact-page.ts';

describe('the built page without its indentation', () => {
  it('drops line breaks and indents between tags, and keeps scripts, styles and space beside text', () => {
    const page = [
      '<html>',
      '  <head>',
      '    <style>',
      '      a {',
      '        color: red;',
      '      }',
      '    </style>',
      '    <script>',
      '      if (1 > 0)',
      '        <!-- kept -->',
      '    </script>',
      '  </head>',
      '  <body><p>One <b>two</b>',
      '    three</p> <i>four</i>',
      '  </body>',
      '</html>',
      '',
    ].join('\n');
    expect(withoutTagIndentation(page)).toBe(
      '<html><head><style>\n      a {\n        color: red;\n      }\n    </style>' +
        '<script>\n      if (1 > 0)\n        <!-- kept -->\n    </script></head>' +
        '<body><p>One <b>two</b>\n    three</p> <i>four</i></body></html>',
    );
  });
});
