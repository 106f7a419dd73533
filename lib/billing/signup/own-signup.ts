// Products whose sign-up has a page of its own, because it asks what the generic /umowy/[slug]
// form cannot: the language school (date of birth, a pending account until the first payment),
// Matplaneta Live (a group and a child aged 4–13), the learning centres (a school year's group,
// the child's day of birth against the programme's ages) and the school licence (a school, its OKE
// code and exam year). The generic form neither shows nor signs them.
export const OWN_SIGNUP_PRODUCTS = ['language', 'live', 'centre', 'licence'] as const;

export const hasOwnSignup = (product: string): boolean => (OWN_SIGNUP_PRODUCTS as readonly string[]).includes(product);
