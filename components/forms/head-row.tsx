// A table's column headings as one row, each a column header for assistive technology.
export function HeadRow({ head }: { head: string[] }) {
  return (
    <thead>
      <tr>
        {head.map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
