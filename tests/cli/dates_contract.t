echo 'He said on Monday that 30 died on December 14-15.' | $TALLY dates --published 2024-12-23
--- stdout
{"start":11,"end":17,"text":"Monday","type":"DATE","value":"2024-12-23","first":"2024-12-23","last":"2024-12-23"}
{"start":34,"end":48,"text":"December 14-15","type":"DATE","value":"(2024-12-14,2024-12-15,P1D)","first":"2024-12-14","last":"2024-12-15"}
