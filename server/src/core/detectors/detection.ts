// What a language detector gives back for one file: the model the rules read, and the comments suppressions read.
import type { FileModel } from '../model';
import type { Comment } from '../suppressions';

export interface Detection {
  model: FileModel;
  comments: Comment[];
}
