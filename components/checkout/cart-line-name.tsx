// A cart line's name as shown: the course's own title (course content, in the language it was
// written in) apart from the offer's words in the interface's language.
export function CartLineName({ line }: { line: { name: string; course: string; detail: string | null } }) {
  if (line.detail === null) return <>{line.name}</>;
  return (
    <>
      <span data-course-content>{line.course}</span> — {line.detail}
    </>
  );
}
