import localFont from 'next/font/local';

// Inter from the npm package (next/font/google would fetch at build time). Two subsets: the
// browser takes Polish letters (ą, ł, ż…) from latin-ext where latin lacks them.
export const interLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});
export const interLatinExt = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  variable: '--font-inter-ext',
  weight: '100 900',
  display: 'swap',
});
