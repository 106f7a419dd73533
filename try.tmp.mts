import { renderLessonHtml, renderInlineHtml } from '@/lib/learning/content/render';
const md = process.argv[2] ?? '';
console.log(renderLessonHtml(md));
console.log('---inline', JSON.stringify(renderInlineHtml(md)));
