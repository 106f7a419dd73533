// Parent registration: the same account as everyone's, with the PARENT role, phone and the
// country of residence that decides the currency (regulamin §5.2).
import { createAccount } from '@/lib/auth/accounts';
import { env } from '@/lib/config/env';
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
        link: `${env().APP_URL}/rodzina`,
        termsLink: `${env().APP_URL}/rodzina/regulamin`,
        currency: currencyForCountry(input.country),
      },
    },
  );
}
