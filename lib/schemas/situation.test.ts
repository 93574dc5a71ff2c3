import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSituation, situationRecord } from './situation';

const realText = readFileSync(path.join(process.cwd(), 'data', 'situation.json'), 'utf8');
const edited = (edit: (s: Record<string, any>) => void) => {
  const s = JSON.parse(realText);
  edit(s);
  return JSON.stringify(s);
};

describe('situationRecord', () => {
  it('accepts the real data/situation.json', () => {
    const situation = parseSituation(realText);
    expect(situation.region.bbox).toEqual([20, 26, 56, 47]);
    expect(situation.actorColors['syrian-opposition']).toBe('#2f8f46');
  });

  it('refuses a colour not written #rrggbb, naming the actor', () => {
    expect(() => parseSituation(edited((s) => (s.actorColors['syrian-opposition'] = 'green')))).toThrow(
      'data/situation.json: actorColors.syrian-opposition: must be a colour written #rrggbb',
    );
  });

  it('refuses a bbox whose west lies east of its east, naming the field', () => {
    expect(() => parseSituation(edited((s) => (s.region.bbox = [56, 26, 20, 47])))).toThrow(/^data\/situation\.json: region\.bbox: must be \[minLon, minLat, maxLon, maxLat\]/);
  });

  it('refuses a bbox with a latitude out of range, naming the coordinate', () => {
    expect(() => parseSituation(edited((s) => (s.region.bbox = [20, 26, 56, 147])))).toThrow(/^data\/situation\.json: region\.bbox\[3\]: /);
  });

  it('refuses a first view outside the region', () => {
    expect(() => parseSituation(edited((s) => (s.region.initialBounds = [[10, 32.3], [40.5, 41.2]])))).toThrow(/region\.initialBounds: must lie inside/);
  });

  it('needs every text in English and Arabic', () => {
    const result = situationRecord.safeParse(JSON.parse(edited((s) => delete s.overview.intro.ar)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['overview', 'intro', 'ar']);
  });

  it('says when the file is not JSON', () => {
    expect(() => parseSituation('{"title":')).toThrow(/^data\/situation\.json: is not valid JSON/);
  });
});
