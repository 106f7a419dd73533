// A local ESLint rule: user-facing Polish text belongs in the message catalogue (lib/i18n/pl/*),
// so that a second language only has to add a catalogue. The rule flags string literals, template
// literals and JSX text that contain Polish letters; comments are not checked. Which files are
// exempt (the catalogue itself, e-mails, demo data, legal texts) is decided in eslint.config.mjs.

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;

/** @type {import('eslint').Rule.RuleModule} */
export const noPolishLiterals = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow Polish text outside the message catalogue' },
    schema: [],
    messages: { polish: 'Polish text belongs in the catalogue (lib/i18n/pl/*): "{{text}}".' },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'polish', data: { text: text.trim().slice(0, 40) } });
    return {
      Literal(node) {
        if (typeof node.value === 'string' && POLISH.test(node.value)) report(node, node.value);
      },
      TemplateLiteral(node) {
        const text = node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${…}');
        if (POLISH.test(text)) report(node, text);
      },
      JSXText(node) {
        if (POLISH.test(node.value)) report(node, node.value);
      },
    };
  },
};

export default { meta: { name: 'planeta' }, rules: { 'no-polish-literals': noPolishLiterals } };
