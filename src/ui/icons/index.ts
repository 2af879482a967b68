export { LineIcon, type IconProps } from './LineIcon';
// The instruments (instruments.tsx) and EC2 capacity's glyphs (capacity.tsx) are not re-exported here: the stage
// fetches them when the orchestra lens or an EC2 world first needs them (src/ui/stage/lateNodes.ts).
export { AudienceIcon, ConductorIcon, FrontOfHouseIcon, SheetMusicIcon, StageManagerIcon } from './characters';
