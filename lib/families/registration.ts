// Parent registration: the same account as everyone's, with the PARENT role, phone and the
// country of residence that decides the currency (regulamin §5.2).
import { createAccount } from '@/lib/auth/accounts';
import { absoluteUrl } from '@/lib/url';
import { currencyForCountry } from '@/lib/families/rules/currency';

export type ParentRegistration = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  country: string;
  password: string;
};

export function registerParent(input: ParentRegistration): Promise<{ id: string }> {
  return createAccount(
    { ...input, phone: input.phone || null, roles: ['PARENT'] },
    {
      template: 'parent-welcome',
      props: {
        firstName: input.firstName,
        link: absoluteUrl('/rodzina'),
        termsLink: absoluteUrl('/rodzina/regulamin'),
        currency: currencyForCountry(input.country),
      },
    },
  );
}
