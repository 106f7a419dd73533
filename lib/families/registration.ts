// Parent registration: the same account as everyone's, with the PARENT role, phone and the
// country of residence that decides the currency (regulamin §5.2).
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { hashPassword } from '@/lib/auth/password';
import { TERMS_VERSION } from '@/lib/auth/terms';
import { UserError } from '@/lib/actions/action';
import { env } from '@/lib/config/env';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { messages } from '@/lib/i18n';
import { currentTime } from '@/lib/clock/clock';
import { currencyForCountry } from '@/lib/families/currency';

export type ParentRegistration = {
  firstName: string; lastName: string; email: string; phone: string; country: string; password: string;
};

export async function registerParent(input: ParentRegistration): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const { user, mailId } = await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          firstName: input.firstName, lastName: input.lastName, email: input.email, passwordHash,
          phone: input.phone || null, country: input.country,
          roles: ['PARENT'], termsVersion: TERMS_VERSION, termsAcceptedAt: currentTime(),
        },
        select: { id: true },
      });
      const mailId = await queueEmail(tx, input.email, 'parent-welcome', {
        firstName: input.firstName, link: `${env().APP_URL}/rodzina`, termsLink: `${env().APP_URL}/rodzina/regulamin`,
        currency: currencyForCountry(input.country),
      });
      return { user, mailId };
    });
    await dispatchEmails([mailId]);
    return user;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
      throw new UserError(messages().auth.emailTaken, { email: messages().auth.emailTaken });
    }
    throw e;
  }
}
