// Post-login destinations. The rule itself is `safeRedirect` in lib/url (one normaliser for every
// `next=` and for lesson links); this name stays for code written before it.
export { safeRedirect as safeNext } from '@/lib/url';
