// A catalogue sentence with a piece of content in it (a programme's title in its own language,
// marked `lang`): the message is rendered around a marker, and the marker replaced by the node.
import { Fragment, type ReactNode } from 'react';

const MARK = '\u0000';

export function withContent(message: (value: string) => string, content: ReactNode): ReactNode {
  const parts = message(MARK).split(MARK);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && content}
      {part}
    </Fragment>
  ));
}
