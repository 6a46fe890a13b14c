import { createTheme, type ITheme } from '@fluentui/react';
import type { HostTheme, SectionTheme } from '../../services/host/HostInfo';

/** Teams' light theme, close to SharePoint's default. */
const light = createTheme({
  palette: {
    themePrimary: '#5b5fc7', themeLighterAlt: '#f7f7fc', themeLighter: '#e1e1f7', themeLight: '#c8c9f0', themeTertiary: '#9598e1',
    themeSecondary: '#6b6fcd', themeDarkAlt: '#5256b3', themeDark: '#454997', themeDarker: '#33366f',
    neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralQuaternaryAlt: '#e1dfdd',
    neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4', neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c',
    neutralPrimaryAlt: '#3b3a39', neutralPrimary: '#242424', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  }
});

/** Teams' dark theme. */
const dark = createTheme({
  palette: {
    themePrimary: '#a6a9f8', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849', themeTertiary: '#4c5093',
    themeSecondary: '#7075d7', themeDarkAlt: '#8c91f6', themeDark: '#9ea3f7', themeDarker: '#b8bcf9',
    neutralLighterAlt: '#2b2b2b', neutralLighter: '#333333', neutralLight: '#3d3d3d', neutralQuaternaryAlt: '#444444',
    neutralQuaternary: '#4a4a4a', neutralTertiaryAlt: '#686868', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  },
  isInverted: true
});

/** Teams' high-contrast theme: black and white with yellow accents. */
const contrast = createTheme({
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#0a0a00', themeLighter: '#292900', themeLight: '#4d4d00', themeTertiary: '#999900',
    themeSecondary: '#e0e000', themeDarkAlt: '#ffff19', themeDark: '#ffff3d', themeDarker: '#ffff70',
    neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000', neutralQuaternaryAlt: '#1a1a1a',
    neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff', neutralTertiary: '#ffffff', neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  isInverted: true
});

const sectionThemes = new WeakMap<SectionTheme, ITheme>();

/**
 * The Fluent theme for the host: Teams' default, dark or high-contrast theme; on a SharePoint page, the
 * theme of the section the web part sits in (a dark or coloured section included).
 */
export function themeFor(hostTheme: HostTheme, section?: SectionTheme): ITheme {
  if (section && hostTheme === 'default') {
    let theme = sectionThemes.get(section);
    if (!theme) {
      theme = createTheme({ palette: section.palette, semanticColors: section.semanticColors, isInverted: section.isInverted });
      sectionThemes.set(section, theme);
    }
    return theme;
  }
  return hostTheme === 'dark' ? dark : hostTheme === 'contrast' ? contrast : light;
}
