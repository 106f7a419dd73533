import type { ESLint, Rule } from 'eslint';

export const noPolishLiterals: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
