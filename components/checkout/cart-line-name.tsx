// A cart line's name as shown: the course's own title (course content, in the language it was
// written in) apart from the offer's words in the interface's language; any other line's name is
// the stored one, written in Polish (as on the invoice), and marked so.
export function CartLineName({ line }: { line: { name: string; course: string; detail: string | null } }) {
  if (line.detail === null) return <span lang="pl">{line.name}</span>;
  return (
    <>
      <span data-course-content>{line.course}</span> — {line.detail}
    </>
  );
}
