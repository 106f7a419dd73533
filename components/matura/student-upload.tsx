// The student file's upload: what the file holds, the template, and the form (a route handler,
// since files do not travel through server actions).
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { UploadForm } from '@/components/groups/upload-form';
import { currentLocale } from '@/lib/locale/current';

export async function StudentUpload({ schoolId }: { schoolId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerStudents.import;
  return (
    <section className="card space-y-3">
      <p>{t.intro}</p>
      <a href={plannerPath(schoolId, 'students', '/szablon.csv')} className="btn-secondary inline-block">
        {t.template}
      </a>
      <UploadForm
        action={plannerPath(schoolId, 'students', '/import/plik')}
        label={t.file}
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        submit={t.send}
        testId="student-upload"
      />
    </section>
  );
}
