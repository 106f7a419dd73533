'use client';
// The course's question banks: each category with its question count and how many it gives to
// one attempt; the error of a row (more than the category holds) stays beside that row.
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { ScrollTable } from '@/components/forms/scroll-table';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveBankRules } from '@/lib/actions/learning/save-bank-rules';
import type { BankCategory } from '@/lib/learning/editing/bank-rules';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function BankRulesForm({ courseId, categories }: { courseId: string; categories: BankCategory[] }) {
  const locale = useLocale();
  const f = useFormAction(saveBankRules);
  const t = messages(locale).panel.courses.banks;
  const name = (c: string) => c || t.general;
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      <FormMessage state={f.state} />
      <ScrollTable label={t.tableLabel}>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-2 pr-4">{t.colCategory}</th>
              <th className="py-2 pr-4">{t.colQuestions}</th>
              <th className="py-2">{t.colCount}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c.category} className="border-t border-slate-200 align-top">
                <td className="py-2 pr-4">{name(c.category)}</td>
                <td className="py-2 pr-4">{c.questions}</td>
                <td className="py-2">
                  <input type="hidden" name={`category_${i}`} value={c.category} />
                  <Field
                    id={`bank-${i}`}
                    name={`count_${i}`}
                    label={<span className="sr-only">{t.count(name(c.category))}</span>}
                    inputMode="numeric"
                    className="input w-24"
                    defaultValue={f.value(`count_${i}`, c.count ? String(c.count) : '')}
                    error={f.error(`count_${i}`)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="text-sm text-slate-600">{t.countHint}</p>
      <SubmitButton className="btn-secondary">{t.save}</SubmitButton>
    </form>
  );
}
