import type { ComponentType, SVGProps } from 'react';
import { BookIcon, BoxIcon, ChartIcon, ChatIcon, GearIcon, SunIcon, TargetIcon } from '../ui/icons';

export interface NavRoute {
  path: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** The digit used with Ctrl/Cmd to jump here. */
  key: string;
  /** Other screens that belong to this section, so the sidebar shows where the user is. */
  alsoActiveOn?: readonly string[];
}

export const NAV_ROUTES: readonly NavRoute[] = [
  { path: '/today', label: 'Today', icon: SunIcon, key: '1' },
  { path: '/journal', label: 'Journal', icon: BookIcon, key: '2', alsoActiveOn: ['/search'] },
  { path: '/objectives', label: 'Objectives', icon: TargetIcon, key: '3' },
  {
    path: '/one-on-ones',
    label: '1:1s',
    icon: ChatIcon,
    key: '4',
    alsoActiveOn: ['/action-items', '/reviews', '/brag-list'],
  },
  { path: '/insights', label: 'Insights', icon: ChartIcon, key: '5' },
  { path: '/export', label: 'Export & backup', icon: BoxIcon, key: '6' },
  { path: '/settings', label: 'Settings', icon: GearIcon, key: '7' },
];

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';
