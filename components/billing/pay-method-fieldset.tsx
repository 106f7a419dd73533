// The card-or-link choice of a monthly plan (B5), shared by the contract sign-up forms; each
// form brings its own words for it.
type Choice = { label: string; hint: string };

export function PayMethodFieldset({
  legend,
  choices,
  checked,
}: {
  legend: string;
  choices: Record<'CARD' | 'LINK', Choice>;
  checked: string;
}) {
  return (
    <fieldset className="card space-y-2">
      <legend className="h2 px-1">{legend}</legend>
      {(['CARD', 'LINK'] as const).map((v) => (
        <label key={v} className="flex items-start gap-2 text-sm">
          <input type="radio" name="payMethod" value={v} defaultChecked={checked === v} className="mt-0.5 h-4 w-4" />
          <span>
            <span className="font-semibold">{choices[v].label}</span>
            <br />
            <span className="text-slate-600">{choices[v].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
