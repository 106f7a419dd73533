// A list filter's drop-down in a plain GET form ("any" first), shared by the audit log and the
// contract list, so a filtered list stays a link staff can share.
export function FilterSelect(props: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  choices: { code: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={props.name} className="label">
        {props.label}
      </label>
      <select id={props.name} name={props.name} defaultValue={props.value ?? ''} className="input w-full">
        <option value="">{props.any}</option>
        {props.choices.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
