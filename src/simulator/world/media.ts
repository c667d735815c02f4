import type { Random } from './prng';
import type { SimMedia } from './types';
import type { MediaDraft } from './episodes';

const TYPE_PREFIX: Record<SimMedia['type'], string> = {
  photo: '3',
  video: '7',
  animated_gif: '16',
};

/** Media records with X's key format and twimg-style URLs. */
export function makeMedia(draft: MediaDraft, mediaId: bigint, r: Random): SimMedia {
  const key = `${TYPE_PREFIX[draft.type]}_${mediaId}`;
  const code = r.alnum(15);
  if (draft.type === 'photo') {
    return {
      key,
      type: 'photo',
      url: `https://pbs.twimg.com/media/${code}.jpg`,
      width: draft.width,
      height: draft.height,
      altText: draft.alt,
    };
  }
  if (draft.type === 'video') {
    return {
      key,
      type: 'video',
      previewImageUrl: `https://pbs.twimg.com/ext_tw_video_thumb/${mediaId}/pu/img/${code}.jpg`,
      width: draft.width,
      height: draft.height,
      altText: draft.alt,
      durationMs: draft.durationMs ?? 12000,
      viewCount: r.int(80, 4000),
      variants: [
        {
          content_type: 'application/x-mpegURL',
          url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/pl/${code}.m3u8`,
        },
        {
          bit_rate: 2176000,
          content_type: 'video/mp4',
          url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/vid/720x1280/${code}.mp4`,
        },
        {
          bit_rate: 632000,
          content_type: 'video/mp4',
          url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/vid/320x568/${code}.mp4`,
        },
      ],
    };
  }
  return {
    key,
    type: 'animated_gif',
    previewImageUrl: `https://pbs.twimg.com/tweet_video_thumb/${code}.jpg`,
    width: draft.width,
    height: draft.height,
    altText: draft.alt,
    variants: [
      {
        bit_rate: 0,
        content_type: 'video/mp4',
        url: `https://video.twimg.com/tweet_video/${code}.mp4`,
      },
    ],
  };
}
