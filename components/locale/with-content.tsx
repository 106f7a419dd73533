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

/** As withContent, with several pieces of content (in the order of the message's parameters). */
export function withContents(message: (...values: string[]) => string, contents: ReactNode[]): ReactNode {
  const marks = contents.map((_, i) => `${MARK}${i}${MARK}`);
  const parts = message(...marks).split(new RegExp(`${MARK}(\\d+)${MARK}`));
  // split with a capture group: text, index, text, index, …
  return parts.map((part, i) => <Fragment key={i}>{i % 2 === 1 ? contents[Number(part)] : part}</Fragment>);
}
