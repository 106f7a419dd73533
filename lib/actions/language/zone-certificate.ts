'use server';
// "Poproś o certyfikat" in the learner's zone: records the request and answers issued (with the
// number) or refused with everything that is missing (the zone lists it again with pay links).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { NotFoundError, UserError } from '@/lib/errors';
import { messages, text, type TextKey } from '@/lib/i18n';
import { requestLevelCertificate } from '@/lib/language/certificates/request';
import { ZONE_PATH } from '@/lib/language/zone/paths';

export const requestCertificate = formAction(
  { schema: z.object({ levelId: z.string().min(1) }), permission: 'learning:study-own' },
  async (input, { user, locale }) => {
    const t = messages(locale).languageZone.certificate;
    const r = await requestLevelCertificate(user.id, input.levelId).catch((e: unknown) => {
      throw e instanceof NotFoundError ? new UserError('languageZone.certificate.notYours') : e;
    });
    revalidatePath(ZONE_PATH);
    if (r.status === 'REFUSED')
      return { ok: false, error: t.refused(r.reasons.map((k) => text(k as TextKey, locale))) };
    return { ok: true, message: t.issuedDone(r.number) };
  },
);
