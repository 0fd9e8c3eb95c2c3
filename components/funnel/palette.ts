// Chart colours: the dashboard accent first, then hues that stay apart for common colour-vision deficiencies.
export const CHART_COLORS = ["#0b5cad", "#e08a00", "#2a9d8f", "#b3261e", "#7b5ea7", "#5b6675", "#c45ab3", "#8c6d1f"] as const;

export function pickColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length]!;
}
