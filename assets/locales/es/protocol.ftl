# Los términos de los protocolos en el idioma de quien hace la terapia.

## Tipos de fase
kind-check-in = Bienvenida
kind-ground-rules = Reglas básicas
kind-speaker-listener = Quien habla / quien escucha
kind-guided-steps = Pasos guiados
kind-homework = Acuerdos
kind-closing = Cierre

## Los pasos de quien escucha
step-paraphrase = Parafrasear
step-mirror = Reflejar
step-summary = Resumir
step-validation = Validar
step-empathy = Empatizar

## Lo que hace quien escucha, después de su nombre: «Kai parafrasea»
doing-paraphrase = parafrasea
doing-mirror = refleja
doing-summary = resume
doing-validation = valida
doing-empathy = imagina los sentimientos

## Lo que «Deshacer» revierte: «Deshacer: paráfrasis de Emma confirmada»
undo-rating = valoración de { $name }: { $score }/10
undo-csi-answer = respuesta de { $name } a la pregunta de satisfacción { $item }
undo-reviewed = acuerdo revisado como { $outcome }
undo-agreement-stopped = acuerdo terminado
undo-agreement-kept = acuerdo sigue en marcha
undo-rule-added = regla añadida
undo-rules-replaced = las reglas cambiaron a { $rules }
undo-rule-changed = regla cambiada
undo-rule-removed = regla eliminada
undo-rule-agreed = { $name } aceptó una regla
undo-rule-agreement = aceptación de una regla por { $name }
undo-took-floor = { $name } tomó la palabra
undo-step-started = comenzó { $step } de { $listener }
undo-response = respuesta
undo-step = { $step } de { $listener }
undo-step-finished = terminó { $step } de { $listener }
undo-not-quite = «no del todo» a la paráfrasis de { $listener }
undo-confirmed = paráfrasis de { $listener } confirmada
undo-turn-stopped = turno de { $speaker } detenido
undo-timer-paused = temporizador en pausa
undo-timer-resumed = temporizador reanudado
undo-more-time = { $time } más
undo-to-step = pasar al paso { $step }
undo-timeout-called = tiempo fuera pedido
undo-timeout-longer = tiempo fuera { $time } más largo
undo-the-therapist = quien hace la terapia
undo-timeout-set = tiempo fuera para { $who }, { $reason }
undo-timeout-ended = tiempo fuera terminado antes
undo-agreement-added = acuerdo añadido: { $agreement }
undo-agreement-changed = acuerdo cambiado
undo-agreement-removed = acuerdo eliminado
undo-last-step = el último paso
undo-floor-passed = la palabra pasó a { $name }
undo-all-rules = { $name } aceptó todas las reglas
