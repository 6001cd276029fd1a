// What a language detector gives back for one file: the model the rules read, the comments suppressions read, and
// what fix builders may ask of the syntax tree.
import type { FixSupport } from '../fixes/support';
import type { FileModel } from '../model';
import type { Comment } from '../suppressions';

export interface Detection {
  model: FileModel;
  comments: Comment[];
  /** Answers the fix builders' questions while the syntax tree is alive. */
  support: FixSupport;
}
