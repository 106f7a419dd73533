// Demo of the language school's office thread: Maria (lib/demo/language.ts) sent a document and
// asked about an evening group, the office answered, and her newest question waits unread; Ivan
// (suspended) asks about his transfer. Idempotent: a learner who has any message is left alone,
// and a learner who is not there (the language demo not loaded) is skipped.
import { storeFileNow } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';

const HOUR = 3_600_000;

type DemoMessage = {
  fromOffice: boolean;
  hoursAgo: number;
  /** Hours after sending that the other side read it; null = still unread. */
  readAfter: number | null;
  body: string;
  pdf?: { name: string; title: string; lines: string[] };
};

const THREADS: Record<string, DemoMessage[]> = {
  maria: [
    {
      fromOffice: false,
      hoursAgo: 74,
      readAfter: 2,
      body:
        'Dzień dobry, w załączniku przesyłam zaświadczenie o zameldowaniu, o które prosiliście przy zapisie.\n' +
        'Czy mogę też przejść na poziomie A2 do grupy wieczornej? Pracuję do 17:00.',
      pdf: {
        name: 'zaswiadczenie-o-zameldowaniu.pdf',
        title: 'Zaświadczenie o zameldowaniu (demo)',
        lines: [
          'Maria González',
          'ul. Przykładowa 12/4, 00-950 Warszawa',
          'Dokument demonstracyjny, bez mocy prawnej.',
        ],
      },
    },
    {
      fromOffice: true,
      hoursAgo: 71,
      readAfter: 20,
      body:
        'Dzień dobry, dziękujemy — zaświadczenie jest w porządku.\n' +
        'Grupa wieczorna A2 ma zajęcia we wtorki o 18:00. Zapisać się można w Strefie Słuchacza, w zakładce zajęć na żywo.',
    },
    {
      fromOffice: false,
      hoursAgo: 2,
      readAfter: null,
      body: 'Dziękuję! Jeszcze jedno pytanie: czy certyfikat poziomu A1 mogę dostać także w wersji papierowej?',
    },
  ],
  ivan: [
    {
      fromOffice: false,
      hoursAgo: 5,
      readAfter: null,
      body: 'Dzień dobry, wczoraj zapłaciłem ratę za ten miesiąc przelewem. Kiedy odblokuje się dostęp do zajęć?',
    },
  ],
};

function demoPdf(p: NonNullable<DemoMessage['pdf']>, date: Date): Promise<Buffer> {
  return pdfToBuffer(createPdf({ title: p.title, date }), (doc) => {
    doc.font('bold').fontSize(16).text(p.title);
    doc.moveDown().font('regular').fontSize(11);
    for (const line of p.lines) doc.text(line);
  });
}

export async function seedLanguageOfficeDemo(officeLogin = 'wsparcie'): Promise<void> {
  const now = currentTime();
  const office = await db().user.findUnique({ where: { login: officeLogin }, select: { id: true } });
  for (const [login, messages] of Object.entries(THREADS)) {
    const learner = await db().user.findFirst({
      where: { login, languageLearners: { some: {} } },
      select: { id: true, _count: { select: { officeMessages: true } } },
    });
    if (!learner || learner._count.officeMessages > 0) continue;
    for (const m of messages) {
      const at = new Date(now.getTime() - m.hoursAgo * HOUR);
      const file = m.pdf ? await demoPdf(m.pdf, at) : null;
      const fileKey = file ? await storeFileNow(db(), 'office-files', new Uint8Array(file), 'application/pdf') : '';
      await db().officeMessage.create({
        data: {
          learnerId: learner.id,
          authorId: m.fromOffice ? (office?.id ?? null) : learner.id,
          fromOffice: m.fromOffice,
          body: m.body,
          createdAt: at,
          readAt: m.readAfter === null ? null : new Date(at.getTime() + m.readAfter * HOUR),
          files: file
            ? {
                create: {
                  fileName: m.pdf!.name,
                  mimeType: 'application/pdf',
                  size: file.length,
                  fileKey,
                  createdAt: at,
                },
              }
            : undefined,
        },
      });
    }
  }
}
