// What a teacher can write in a lesson (CommonMark + GFM + maths) and the HTML learners get.
import { describe, expect, it } from 'vitest';
import { renderInlineHtml, renderLessonHtml } from '@/lib/learning/content/render';

const html = (md: string) => renderLessonHtml(md).trim();

describe('lesson markdown', () => {
  it('turns headings one level down, the deepest to h4, so the lesson title stays the only h1', () => {
    expect(html('# Tytuł\n## Pod\n### Pod-pod\n#### Głębiej\n###### Najgłębiej')).toBe(
      '<h2>Tytuł</h2>\n<h3>Pod</h3>\n<h4>Pod-pod</h4>\n<h4>Głębiej</h4>\n<h4>Najgłębiej</h4>',
    );
  });

  it.each([
    ['*a **b** c*', '<p><em>a <strong>b</strong> c</em></p>'],
    ['*I **visited** London.*', '<p><em>I <strong>visited</strong> London.</em></p>'],
    ['**gruby *i pochyły* tekst**', '<p><strong>gruby <em>i pochyły</em> tekst</strong></p>'],
    ['plik_nazwa_v2 i 2*3*4', '<p>plik_nazwa_v2 i 2<em>3</em>4</p>'],
  ])('reads emphasis in %j', (md, expected) => {
    expect(html(md)).toBe(expected);
  });

  it('renders a GFM table in a keyboard-reachable scrolling region, keeping column alignment', () => {
    expect(html('| Zakres | Cena |\n|:--|--:|\n| A1 | 100 zł |')).toBe(
      [
        '<div class="lesson-table" role="region" tabindex="0" aria-label="Tabela"><table>',
        '<thead>\n<tr>\n<th align="left">Zakres</th>\n<th align="right">Cena</th>\n</tr>\n</thead>',
        '<tbody>\n<tr>\n<td align="left">A1</td>\n<td align="right">100 zł</td>\n</tr>\n</tbody>',
        '</table></div>',
      ].join('\n'),
    );
  });

  it('renders task lists with disabled checkboxes labelled by the task', () => {
    expect(html('- [x] gotowe\n- [ ] do *zrobienia*\n  - krok')).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><label><input type="checkbox" checked disabled> gotowe</label></li>\n' +
        '<li class="task-list-item"><label><input type="checkbox" disabled> do <em>zrobienia</em>\n</label><ul>\n<li>krok</li>\n</ul>\n</li>\n</ul>',
    );
  });

  it('renders footnotes with working links and Polish labels', () => {
    const out = html('Tekst[^1].\n\n[^1]: Źródło.');
    expect(out).toContain(
      '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
    );
    expect(out).toContain('<h2 class="sr-only" id="footnote-label">Przypisy</h2>');
    expect(out).toContain('<li id="user-content-fn-1">');
    expect(out).toContain(
      '<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Wróć do odwołania 1" class="data-footnote-backref">↩</a>',
    );
  });

  it('renders strikethrough and autolinks', () => {
    expect(html('~~stara~~ cena, www.uodo.gov.pl i kontakt@planeta.pl')).toBe(
      '<p><del>stara</del> cena, <a href="http://www.uodo.gov.pl" target="_blank" rel="noopener noreferrer nofollow">www.uodo.gov.pl</a>' +
        ' i <a href="mailto:kontakt@planeta.pl">kontakt@planeta.pl</a></p>',
    );
  });

  it('renders fenced code with its language and escapes it', () => {
    expect(html('```html\n<b>x</b>\n```')).toBe('<pre><code class="language-html">&#x3C;b>x&#x3C;/b>\n</code></pre>');
  });

  it('renders inline maths with KaTeX, MathML included for screen readers', () => {
    const out = html('Pole: $P = \\pi r^2$.');
    expect(out).toMatch(/^<p>Pole: <span class="katex"><span class="katex-mathml"><math /);
    expect(out).toContain('<annotation encoding="application/x-tex">P = \\pi r^2</annotation>');
    expect(out).toContain('<mi>π</mi><msup><mi>r</mi><mn>2</mn></msup>');
    expect(out).not.toContain('katex-display');
  });

  it('renders display maths in a scrolling group', () => {
    const out = html('$$\n\\frac{a}{b} = \\sqrt{2}\n$$');
    expect(out).toMatch(
      /^<div class="lesson-math" role="group" tabindex="0" aria-label="Wzór"><span class="katex-display"><span class="katex">/,
    );
    expect(out).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(out).toMatch(/<\/span><\/div>$/);
  });

  it.each([
    ['Co oznacza zapis $A$1?', '<p>Co oznacza zapis $A$1?</p>'],
    ['Cena $5 i $10', '<p>Cena $5 i $10</p>'],
    ['Dolar: \\$x\\$', '<p>Dolar: $x$</p>'],
  ])('keeps dollars that are not a formula as text: %j', (md, expected) => {
    expect(html(md)).toBe(expected);
  });

  it('still reads a formula between dollars next to punctuation', () => {
    expect(html('Wynik $x=2$, a więc $y$.')).toMatch(
      /^<p>Wynik <span class="katex">.*<\/span>, a więc <span class="katex">.*<\/span>\.<\/p>$/,
    );
  });

  it('keeps Polish letters inside formulas without failing', () => {
    expect(html('$\\text{prędkość} = \\frac{s}{t}$')).toContain('prędkość');
  });

  it('normalises Windows line endings', () => {
    expect(html('# A\r\n\r\ntekst')).toBe('<h2>A</h2>\n<p>tekst</p>');
  });

  it('renders an empty lesson as nothing', () => {
    expect(html('')).toBe('');
  });
});

describe('inline rendering (question texts)', () => {
  it('drops the paragraph of a one-paragraph text', () => {
    expect(renderInlineHtml('Ile to **dwa**?')).toEqual({ html: 'Ile to <strong>dwa</strong>?', inline: true });
    expect(renderInlineHtml('Ile to $2^3$?')).toMatchObject({
      html: expect.stringMatching(/^Ile to <span class="katex">/),
    });
  });

  it('keeps blocks of a longer text and says so', () => {
    const r = renderInlineHtml('Akapit\n\n| a |\n|---|\n| 1 |');
    expect(r.inline).toBe(false);
    expect(r.html).toMatch(/^<p>Akapit<\/p>/);
  });
});
