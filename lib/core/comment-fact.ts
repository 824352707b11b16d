/** What FileFacts knows of one comment: its text, its kind and where it stands. */
import type { CommentKind, CommentShape } from '../kinds/comment-kinds.js';
import type { PlaceholderTier } from '../kinds/placeholders.js';
import type { EditNote } from '../kinds/edit-history.js';
import type { Marker } from '../markers/grammar.js';
import type { LabelWords } from '../kinds/narration.js';
import type { SourceComment } from '../source/file-source.js';

export interface CommentFact {
  readonly comment: SourceComment;
  /** Text without delimiters, leading `*` decoration and surrounding white space. */
  readonly text: string;
  /** Worked out on first read where it depends on the code around the comment (see `leadingKind`). */
  readonly kind: CommentKind;
  /**
   * The kind when the comment's own text and place decide it (directive, marker, licence,
   * placeholder), else undefined: known without reading the code around the comment.
   */
  readonly leadingKind: CommentKind | undefined;
  /** The kind the code around the comment gives, whatever `leadingKind` says (see `ClassifiedComment`). */
  readonly aroundKind: CommentKind;
  /** What the text alone makes of the comment (see `CommentShape`). */
  readonly shape: CommentShape;
  /** The words a label would repeat from its statement (see `ShapedComment.labelWords`). */
  readonly labelWords: LabelWords | undefined;
  /** The generated-code marker the comment holds, whatever its kind. */
  readonly marker: Marker | undefined;
  /** The placeholder tier of the text, whatever the kind (risky ones stay explanatory). */
  readonly placeholder: PlaceholderTier | undefined;
  /**
   * The edit note (see lib/kinds/edit-history.ts) in `text`, whatever the kind: a long comment
   * with one keeps its kind and is still reported.
   */
  readonly editNote: EditNote | undefined;
  readonly startLine: number;
  readonly endLine: number;
}
