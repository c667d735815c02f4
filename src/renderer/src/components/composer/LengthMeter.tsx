import type { ComposeLength } from '../../../../shared/posts/weighted-length';
import { MAX_POST_WEIGHT } from '../../../../shared/posts/weighted-length';

/** Characters left as X counts them (links 23, most emoji and CJK 2). */
export function LengthMeter({ id, length }: { id: string; length: ComposeLength }) {
  const tone = length.remaining < 0 ? 'over' : length.remaining <= 20 ? 'near' : '';
  return (
    <span id={id} className={`length-meter ${tone}`}>
      {length.remaining < 0
        ? `${-length.remaining} over the ${MAX_POST_WEIGHT}-character limit`
        : `${length.remaining} characters left`}
    </span>
  );
}
