// A child's add-ons under the packages: exams, extra Mini subjects, group lessons, and at what
// rate they are converted abroad (or why they cannot be ordered today).
import type { AddOnsView, Option } from '@/lib/families/package-page';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

function Checks({ name, options }: { name: string; options: Option[] }) {
  return options.map((o) => (
    <label key={o.value} className="flex items-center gap-2">
      <input type="checkbox" name={name} value={o.value} defaultChecked={o.checked} className="h-4 w-4" />
      {o.label}
    </label>
  ));
}

export async function PackageAddOns({ addOns, childId }: { addOns: AddOnsView; childId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).families.packagesPage;
  const { rate } = addOns;
  return (
    <details className="rounded-lg border border-slate-200 p-3 text-sm" open={addOns.open}>
      <summary className="cursor-pointer font-medium">{t.addOns}</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        <fieldset>
          <legend className="font-medium">{t.exams(addOns.examFee)}</legend>
          <Checks name={`exam_${childId}`} options={addOns.exams} />
        </fieldset>
        <fieldset>
          <legend className="font-medium">{t.extras(addOns.extraFee)}</legend>
          {addOns.extras.length === 0 && <p className="muted">{t.noExtras}</p>}
          <Checks name={`extra_${childId}`} options={addOns.extras} />
        </fieldset>
        <div>
          <label htmlFor={`lessons-${childId}`} className="font-medium">
            {t.lessons}
          </label>
          <select
            id={`lessons-${childId}`}
            name={`lessons_${childId}`}
            defaultValue={addOns.lessons.value}
            className="input mt-1"
          >
            <option value="">{t.noLessons}</option>
            {addOns.lessons.options.map((o) => (
              <option key={o.value} value={o.value}>
                {t.lessonsOption(o.count, o.price)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rate?.kind === 'rate' && (
        <p className="mt-2 text-slate-600">{t.rateNote(rate.currency, rate.rate, rate.effectiveOn)}</p>
      )}
      {rate?.kind === 'missing' && (
        <Notice tone="warning" className="mt-2" data-testid="no-rate">
          {t.noRate(rate.currency)}
        </Notice>
      )}
    </details>
  );
}
