import type { ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '@/lib/learning/markdown';

/** Renders lesson markdown as React elements: text is always escaped by React. */
export function Markdown({ source }: { source: string }) {
  return <div className="lesson-text space-y-4 leading-relaxed text-slate-800">{parseMarkdown(source).map(block)}</div>;
}

function block(b: Block, key: number): ReactNode {
  switch (b.t) {
    case 'heading': {
      const H = `h${b.level}` as const;
      const size = b.level === 2 ? 'text-xl' : b.level === 3 ? 'text-lg' : 'text-base';
      return (
        <H key={key} className={`${size} pt-2 font-semibold text-slate-900`}>
          {inline(b.c)}
        </H>
      );
    }
    case 'p':
      return <p key={key}>{inline(b.c)}</p>;
    case 'ul':
    case 'ol': {
      const L = b.t;
      return (
        <L key={key} className={`${b.t === 'ul' ? 'list-disc' : 'list-decimal'} space-y-1 pl-6`}>
          {b.items.map((it, i) => (
            <li key={i}>{inline(it)}</li>
          ))}
        </L>
      );
    }
    case 'quote':
      return (
        <blockquote key={key} className="border-l-4 border-brand-600 bg-brand-50 px-4 py-2">
          {inline(b.c)}
        </blockquote>
      );
    case 'code':
      return (
        <pre key={key} className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm text-slate-50">
          <code>{b.v}</code>
        </pre>
      );
    case 'image':
      // eslint-disable-next-line @next/next/no-img-element -- lesson images come from our own route handler
      return <img key={key} src={b.src} alt={b.alt} className="max-w-full rounded-lg" loading="lazy" />;
    case 'hr':
      return <hr key={key} className="border-slate-200" />;
  }
}

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return n.v;
      case 'strong':
        return <strong key={i}>{inline(n.c)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.c)}</em>;
      case 'code':
        return (
          <code key={i} className="rounded bg-slate-100 px-1 py-0.5 text-sm">
            {n.v}
          </code>
        );
      case 'link':
        return n.external ? (
          <a key={i} href={n.href} className="link" target="_blank" rel="noopener noreferrer">
            {inline(n.c)}
          </a>
        ) : (
          <a key={i} href={n.href} className="link">
            {inline(n.c)}
          </a>
        );
    }
  });
}
