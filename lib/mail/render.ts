import { createElement } from 'react';
import { templates, type TemplateName, type TemplateProps } from '@/emails';

export type RenderedEmail = { subject: string; html: string; text: string };

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps<N>): Promise<RenderedEmail> {
  // Loaded on demand: the React server renderer is not part of the RSC graph.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const t = templates[name] as unknown as {
    subject: (p: TemplateProps<N>) => string;
    Body: (p: TemplateProps<N>) => React.ReactElement;
    text: (p: TemplateProps<N>) => string;
  };
  const html = '<!doctype html>' + renderToStaticMarkup(createElement(t.Body, props));
  return { subject: t.subject(props), html, text: t.text(props) };
}
