/** Words too common to explain a finding on their own: a card never says "Because of: the". */
export const STOP_WORDS = new Set(
  `a an the and or but if so as at by for from in into of on onto to with without about than then this that these those
  there here is am are was were be been being do does did done have has had having i me my mine we us our ours you your
  he him his she her they them their it its what which who whom whose when where why how all any both each few more most
  other some such no nor not only own same too very just can will would should could may might must shall also up down
  out over under again once off now im i'm it's its that's there's what's let's get got go going went`.split(/\s+/),
);
