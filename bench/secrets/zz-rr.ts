import { measureReviewRules } from '/work/main/bench/secrets/reviewRules';
import { measureModuleCpu } from '/work/main/bench/secrets/moduleCpu';
console.log(JSON.stringify(measureReviewRules('/tmp/sb')));
measureModuleCpu('/tmp/sb').then(r => console.log(JSON.stringify(r)));
