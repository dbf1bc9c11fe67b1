import { useEffect, useMemo, useState } from 'react';
import { TextLayer } from '@deck.gl/layers';
import { PILOT_ZONE_BASEMAP } from '@fleet/pilot-zone';
import { BASEMAP_COLORS, hexToRgba } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { useMapHandle } from './map-context.js';
import { labelAnchors, type LabelAnchor } from './label-anchors.js';

/** System CJK fonts (fonts-noto-cjk on Debian, PingFang / YaHei elsewhere): nothing is downloaded. */
export const LABEL_FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const KEY = 'basemap-labels';
const ORDER = 10;
/** Road names appear from this zoom; area and landmark names always. */
const ROAD_LABEL_MIN_ZOOM = 12.5;

const TEXT = hexToRgba(BASEMAP_COLORS.labelText);
const HALO = hexToRgba(BASEMAP_COLORS.labelHalo);
const WATER_TEXT = hexToRgba(BASEMAP_COLORS.waterOutline);

const isRoad = (a: LabelAnchor) => a.kind === 'road' || a.kind === 'expressway';

/** Names of roads, areas and landmarks drawn by deck.gl with a local CJK font (no glyph server). Renders nothing. */
export function BasemapLabelsLayer() {
  const { map, deck } = useMapHandle();
  const { language } = useI18n();
  const anchors = useMemo(() => labelAnchors(PILOT_ZONE_BASEMAP.features), []);
  const [showRoads, setShowRoads] = useState(() => map.getZoom() >= ROAD_LABEL_MIN_ZOOM);

  useEffect(() => {
    const onZoom = () => setShowRoads(map.getZoom() >= ROAD_LABEL_MIN_ZOOM);
    map.on('zoomend', onZoom);
    return () => {
      map.off('zoomend', onZoom);
      deck.remove(KEY);
    };
  }, [map, deck]);

  useEffect(() => {
    const data = anchors.filter((a) => showRoads || !isRoad(a));
    const name = (a: LabelAnchor) => (language === 'en' ? a.nameEn : a.nameZh);
    deck.set(KEY, ORDER, [
      new TextLayer<LabelAnchor>({
        id: KEY,
        data,
        getPosition: (a) => a.position,
        getText: name,
        getAngle: (a) => a.angleCcwDeg,
        getSize: (a) => (isRoad(a) ? 12 : a.kind === 'landmark' ? 12 : 14),
        getColor: (a) => (a.kind === 'water' ? WATER_TEXT : TEXT),
        getPixelOffset: (a) => (a.kind === 'landmark' ? [0, -12] : [0, 0]),
        fontFamily: LABEL_FONT_FAMILY,
        fontWeight: 500,
        characterSet: 'auto',
        fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
        outlineWidth: 4,
        outlineColor: HALO,
        sizeUnits: 'pixels',
        billboard: true,
        updateTriggers: { getText: language },
      }),
    ]);
  }, [deck, anchors, language, showRoads]);

  return null;
}
