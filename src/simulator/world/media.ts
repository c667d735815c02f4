import { picturePath, videoPath } from '../media/paths';
import type { Random } from './prng';
import type { SimMedia } from './types';
import type { MediaDraft } from './episodes';

const TYPE_PREFIX: Record<SimMedia['type'], string> = {
  photo: '3',
  video: '7',
  animated_gif: '16',
};

/**
 * Media records with X's key format. Their pictures are drawn and served by the simulator itself
 * (src/simulator/media), so demo mode shows pictures without a request off the machine.
 */
export function makeMedia(draft: MediaDraft, mediaId: bigint, r: Random): SimMedia {
  const key = `${TYPE_PREFIX[draft.type]}_${mediaId}`;
  const code = r.alnum(15);
  if (draft.type === 'photo') {
    return {
      key,
      type: 'photo',
      url: picturePath(key),
      width: draft.width,
      height: draft.height,
      altText: draft.alt,
    };
  }
  if (draft.type === 'video') {
    return {
      key,
      type: 'video',
      previewImageUrl: picturePath(key),
      width: draft.width,
      height: draft.height,
      altText: draft.alt,
      durationMs: draft.durationMs ?? 12000,
      viewCount: r.int(80, 4000),
      variants: [
        {
          content_type: 'application/x-mpegURL',
          url: videoPath(code, 'm3u8'),
        },
        {
          bit_rate: 2176000,
          content_type: 'video/mp4',
          url: videoPath(`${code}-720`, 'mp4'),
        },
        {
          bit_rate: 632000,
          content_type: 'video/mp4',
          url: videoPath(`${code}-320`, 'mp4'),
        },
      ],
    };
  }
  return {
    key,
    type: 'animated_gif',
    previewImageUrl: picturePath(key),
    width: draft.width,
    height: draft.height,
    altText: draft.alt,
    variants: [
      {
        bit_rate: 0,
        content_type: 'video/mp4',
        url: videoPath(code, 'mp4'),
      },
    ],
  };
}
