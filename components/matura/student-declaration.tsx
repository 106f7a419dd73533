// A student's page body: the declaration (editable, or locked with the director's unlock), the
// check against the paper declaration, the stored errors, and the student's own data.
import { messages } from '@/lib/i18n';
import { formatDate, formatDateTime, formatLastDay } from '@/lib/format/time';
import { canWork } from '@/lib/licence/rules/access-level';
import type { DeclarationPage } from '@/lib/matura/declarations/declaration-page';
import { markCheckedAction } from '@/lib/actions/planner/declaration-checked';
import { unlockDeclarationAction } from '@/lib/actions/planner/declaration-unlock';
import { deleteStudentAction } from '@/lib/actions/planner/student-delete';
import { ActionForm } from '@/components/forms/action-form';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { TextAreaField } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { printoutPath } from '@/lib/matura/printouts/printouts-page';
import { DeclarationForm } from './declaration-form';
import { StudentForm } from './student-form';
import { currentLocale } from '@/lib/locale/current';

export async function StudentDeclaration({ schoolId, page }: { schoolId: string; page: DeclarationPage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerDeclarations;
  const s = page.student;
  const ids = { schoolId, studentId: s.id };
  const deadline = formatLastDay(page.deadlineEnd, locale);
  return (
    <div className="space-y-5">
      <p className="muted text-sm">
        {messages(locale).matura.formulas[s.formula as '2023' | '2015'] ?? s.formula}
        {s.vocationalExemption && ` · ${t.student.exemption}`} ·{' '}
        {s.lateStart ? t.deadlineLateStart(deadline) : t.deadline(deadline)}
      </p>
      {!page.list && <Notice tone="warning">{t.noList(page.access.licence.examYear)}</Notice>}
      {page.storedErrors.length > 0 && (
        <Notice tone="error" as="div" data-testid="stored-errors">
          <p>{t.storedErrors(page.storedErrors.length)}</p>
          <ul className="list-disc pl-5">
            {page.storedErrors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </Notice>
      )}
      <section className="card space-y-3">
        <h2 className="h2">{t.title}</h2>
        {page.lock.locked && <Notice tone="warning">{t.locked(deadline)}</Notice>}
        {page.openUnlock && <Notice tone="info">{t.unlockedOpen(page.openUnlock.by, page.openUnlock.reason)}</Notice>}
        {page.canEdit && page.choices ? (
          <DeclarationForm schoolId={schoolId} studentId={s.id} choices={page.choices} initial={page.initial} />
        ) : page.stored.length > 0 ? (
          <ul className="list-disc pl-5" data-testid="stored-declaration">
            {page.stored.map((e, i) => (
              <li key={i}>
                {e.subject} — {e.level}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.empty}</p>
        )}
        {page.stored.length > 0 && (
          <a href={printoutPath(schoolId, 'declarations', `?uczen=${s.id}`)} className="btn-secondary inline-block">
            {t.printOne}
          </a>
        )}
        {page.canUnlock && (
          <ActionForm
            action={unlockDeclarationAction}
            hidden={ids}
            submit={t.unlock.submit}
            buttonClass="btn-secondary"
          >
            <h3 className="h3">{t.unlock.title}</h3>
            <TextAreaField name="reason" label={t.unlock.reason} rows={2} />
          </ActionForm>
        )}
        {page.unlocks.length > 0 && (
          <div className="text-sm">
            <h3 className="h3">{t.unlock.history}</h3>
            <ul className="list-disc pl-5">
              {page.unlocks.map((u, i) => (
                <li key={i}>{t.unlock.entry(formatDateTime(u.at, locale), u.by, u.reason)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="card space-y-3">
        <h2 className="h2">{t.checked.title}</h2>
        <p className="muted text-sm">{t.checked.hint}</p>
        <p data-testid="paper-check">
          {page.checked ? t.checked.done(page.checked.by, formatDate(page.checked.at, locale)) : t.checked.not}
        </p>
        {page.canCheck && (
          <ActionForm
            action={markCheckedAction}
            hidden={{ ...ids, checked: page.checked ? '0' : '1' }}
            submit={page.checked ? t.checked.unmark : t.checked.mark}
            buttonClass="btn-secondary"
          />
        )}
      </section>
      {canWork(page.access.level) && (
        <section className="card space-y-3">
          <h2 className="h2">{messages(locale).plannerStudents.edit.title}</h2>
          <StudentForm schoolId={schoolId} student={s} />
          <ConfirmButton
            action={deleteStudentAction}
            hidden={ids}
            label={messages(locale).plannerStudents.edit.delete}
            confirmText={messages(locale).plannerStudents.edit.deleteConfirm}
          />
        </section>
      )}
    </div>
  );
}
