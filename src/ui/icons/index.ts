export { LineIcon, type IconProps } from './LineIcon';
export { CelloIcon, DrumIcon, InstrumentIcon, MicrophoneIcon, SaxophoneIcon, TrumpetIcon, ViolinIcon } from './instruments';
export { AudienceIcon, ConductorIcon, FrontOfHouseIcon, SheetMusicIcon, StageManagerIcon } from './characters';
export { InstanceIcon, RiserIcon, WingsIcon } from './capacity';
