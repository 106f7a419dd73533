// The family page's "Dzieci" card names the child once on screen: in its heading. The settings
// link beside it and the progress table's caption carry the name for screen readers only.
import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ChildCard } from '@/components/families/child-card';
import type { ChildOverview } from '@/lib/families/overview';

// The card is an async server component that asks the request for its language; here, Polish.
vi.mock('@/lib/locale/current', () => ({ currentLocale: async () => 'pl' }));

/** Renders a server component tree, waiting for its async parts, to HTML. */
async function render(element: React.ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk.toString();
  return html;
}

const child: ChildOverview = {
  id: 'c1',
  fullName: 'Kuba Nowak',
  birthYear: 2015,
  classShift: 0,
  requestedShift: null,
  classChangeStatus: null,
  user: { id: 'u1', login: 'kuba' },
  cls: { ok: true, classNumber: 5, age: 11 },
  packages: [],
  courses: [
    {
      slug: 'szkola-polska-klasa-5-jezyk-polski',
      title: 'Szkoła polska: język polski',
      done: 1,
      total: 2,
      percent: 50,
      passed: false,
      state: 'active',
      endsAt: null,
    },
  ] as unknown as ChildOverview['courses'],
};

/** The text a sighted reader sees: the markup without screen-reader-only elements and tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(span|caption) class="sr-only">[^<]*<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('ChildCard', () => {
  let html = '';
  beforeAll(async () => {
    html = await render(
      createElement(ChildCard, { child, year: { startYear: 2026 }, now: new Date('2026-12-03T10:00:00Z') }),
    );
  });

  it('shows the child’s name once, in the heading', () => {
    expect(visibleText(html).match(/Kuba Nowak/g)).toHaveLength(1);
    expect(html).toMatch(/<h3[^>]*>Kuba Nowak<\/h3>/);
  });

  it('still names the child in the settings link for a screen reader', () => {
    const link = html.match(/<a [^>]*href="\/rodzina\/dzieci\/c1"[^>]*>(.*?)<\/a>/)?.[1] ?? '';
    expect(link.replace(/<[^>]+>/g, '')).toBe('Login, hasło i klasa: Kuba Nowak');
  });
});
