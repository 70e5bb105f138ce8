# La consola de la sesión en el idioma del terapeuta: el marco, las notas, el expediente, los
# tiempos fuera, el diálogo y los pasos guiados.

## Fechas (strftime de chrono: %-d el día, %B el mes, %Y el año)
console-date-full = %-d de %B de %Y
console-date-day-month = %-d de %B

## La barra superior
console-leave = Salir
console-leave-hover = Volver a la página de la pareja; la sesión sigue abierta.
console-undo = Deshacer
console-undo-what = Deshacer: { $what }
console-redo-what = Rehacer: { $what }
console-undo-hover = Deshace el último paso (pulse de nuevo para el anterior, hasta el inicio de esta fase). El registro conserva ambos, marcados como corrección.
console-undo-nothing = No hay nada que deshacer en esta fase.
console-session-ended = Sesión terminada
console-end-session = Terminar la sesión
console-keys = Teclas
console-full-screen = Pantalla completa
console-full-screen-hover = La pantalla de la pareja a pantalla completa, o de nuevo en una ventana (F en la pantalla).
console-card-put-away = Retirar la tarjeta: { $title }
console-card-show = Mostrar una tarjeta
console-card-hover = Una breve referencia para la pareja, en su pantalla.
console-display-open = Pantalla de la pareja
console-display-close = Cerrar la pantalla de la pareja
console-display-hover = Una segunda ventana para la pareja: quién tiene la palabra y el tiempo que queda. Nunca sus notas.
console-timeout-end = Terminar el tiempo fuera
console-timeout = Tiempo fuera
console-clock-hover = Tiempo desde el inicio de la sesión
console-alone = { $name } (sesión individual)
console-screen = Cribado con { $name }
console-screen-hover = El cribado de seguridad, a solas; se guarda con el número de esta sesión
console-session-line = Sesión { $number } · { $template }

## El orden de la sesión
console-agenda = Agenda
console-agenda-hint = Haga clic en una fase para verla; la sesión sigue donde está.
console-agenda-actual = { $actual } min, previstos { $planned }
console-agenda-planned = previstos { $planned } min
console-agenda-now = { $minutes } · ahora
console-confidentiality = Confidencialidad
console-no-policy = No hay ninguna política registrada en la página de la pareja
console-ground-rules = Reglas básicas

## La fase en pantalla
console-looking = Está viendo la fase { $shown }. La sesión está en la fase { $phase }: { $current }.
console-running-in-phase = { $turn }: en curso en la fase { $phase }
console-move-here = Pasar la sesión a la fase { $phase }
console-back-to-phase = Volver a la fase { $phase }
console-on-to-phase = Pasar a la fase { $phase }: { $title }  →
console-on-to-phase-hover = Hace avanzar la sesión (pregunta antes si hay un turno en curso).
console-turns-preview = Quien habla y quien escucha se turnan: { $speak } para hablar, { $paraphrase } para parafrasear.
console-turns-move-here = Pase la sesión a esta fase para empezar los turnos.
console-steps-move-here = Pase la sesión a esta fase para recorrer los pasos.

## Después de la sesión
console-summary = Resumen de la sesión
console-print-homework = Imprimir la hoja de tareas (PDF)
console-print-notes = Imprimir las notas de la sesión (PDF)
console-print-timeline = Notas con la cronología (PDF)

## Preguntas
console-end-session-title = ¿Terminar la sesión?
console-end-session-text = Los temporizadores se detienen y la sesión queda registrada en el historial de la pareja. Podrá terminar sus notas después.
console-end-session-yes = Terminar la sesión ahora
# $name es el nombre del tiempo fuera («la pausa de Sophie»); $capitalised lo mismo, con mayúscula.
console-end-timeout-title = ¿Terminar { $name } { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} antes?
console-end-timeout-text = { $capitalised }: quedan { $time }. El temporizador del turno seguirá donde se detuvo.
console-end-timeout-yes = Terminar ahora
console-leave-step-timer = El temporizador de un paso está en marcha.
console-leave-timeout = Hay un tiempo fuera hasta las { $time }; termina solo.
console-not-recorded = Aún sin registrar: { $what }.
console-leave-text = { $lines } La sesión sigue abierta; puede volver a ella desde la página de la pareja.
console-leave-title = ¿Salir de la sesión?
console-leave-pause = Pausar y salir
console-leave-yes = Salir de la sesión
console-leave-running = Dejarlo en marcha
console-move-title = ¿Pasar a la fase { $phase }: { $title }?
console-move-text = { $turn }. Avanzar termina este turno; se conserva el tiempo que lleva.
console-move-yes = Avanzar
console-not-now = Ahora no
console-question-keys = { $confirm }: { $yes } · { $cancel }: ahora no

## Las teclas
console-keys-hint = Funcionan siempre que no esté escribiendo en un campo de texto.
console-keys-repeat = Una tecla mantenida actúa una sola vez, y una segunda pulsación en menos de 300 ms cuenta como la misma.
console-close = Cerrar

## Un turno en curso, en palabras
console-turn-words-confirming = { $speaker } confirma
console-turn-left = { $turn }, quedan { $time }
console-turn-over = { $turn }, { $time } de más
console-doing-paraphrase = { $listener } parafrasea
console-doing-mirror = { $listener } refleja
console-doing-summary = { $listener } resume
console-doing-validation = { $listener } valida
console-doing-empathy = { $listener } imagina los sentimientos

## A quién le toca (sobre la cuenta atrás)

## Para empezar, quien escucha

## El diálogo
console-topic = Tema
console-topic-hint = de qué trata este diálogo
console-topic-unrecorded = el tema del diálogo
console-nobody = Nadie tiene la palabra
console-speaks = Habla { $name }
console-paused-timeout = En pausa por el tiempo fuera
console-paused = En pausa
console-over-time = Tiempo excedido
console-attempt = paráfrasis, intento { $attempt }
console-stage-time = Tiempo usado en esta etapa
console-next-paraphrase = Siguiente: parafrasear
console-next-mirror = Siguiente: reflejar
console-next-summary = Siguiente: resumir
console-next-validation = Siguiente: validar
console-next-empathy = Siguiente: empatía
console-next-confirm = Siguiente: confirmar
console-understood = Entendido — { $doing }
console-heard = Escuchado — { $doing }
console-accurate-pass = Correcto — { $listener } tiene la palabra
console-accurate-again = Correcto — { $speaker } sigue
console-not-quite = No del todo
console-done-keeps = Listo — { $speaker } conserva la palabra
console-done-pass = Listo — { $listener } tiene la palabra
console-resume = Reanudar
console-pause = Pausa
console-more-seconds = 30 segundos más
console-there-is-more = Hay más — { $speaker } sigue
console-accurate-goes-on = Correcto, { $speaker } sigue
console-accurate-stop = Correcto, parar aquí
console-pass-floor = Dar la palabra a { $listener }
console-stop-dialogue = Terminar el diálogo
console-talk-time = Tiempo de palabra
console-turns = { $count ->
    [one] { $count } turno
   *[other] { $count } turnos
}

## Tiempos fuera
console-flooded = { $name } se ha desbordado
console-short-break = Una pausa breve
console-own-timeout = Su propio tiempo fuera
console-timeout-name-none = el tiempo fuera
console-timeout-name-partner-break = la pausa de { $name }
console-timeout-name-partner-timeout = el tiempo fuera de { $name }
console-timeout-name-therapist-break = su pausa
console-timeout-name-therapist-timeout = su tiempo fuera
console-reason-flooding = desbordamiento
console-reason-break = pausa breve
console-reason-other = otro
console-timeout-title = Tiempo fuera: todos los temporizadores se han detenido
console-timeout-who = ¿Quién lo pidió, y por qué?
console-timeout-keep = Mantener: { $reason }, { $length }
console-timeout-undo = Al final, sin tiempo fuera
console-called-by = pedido por { $name }
console-called-by-therapist = pedido por usted
console-timeout-back = Pausa — vuelta a las { $time }
console-timeout-spoken = Pausa, { $left }
console-timeout-come-back = Hora de volver
console-timeout-end-early = Terminar antes el tiempo fuera
console-timeout-more = 5 minutos más
console-timeout-change = Cambiar quién o por qué

## Pasos guiados
console-step-over = más de lo previsto ({ $limit }): siga mientras ayude
console-step-left = restantes de { $limit }
console-step-untimed = transcurrido (paso sin tiempo fijo)
console-no-steps = Esta fase no tiene pasos guiados.
console-step-of = Paso { $step } de { $count }
console-step-timeout = detenido por el tiempo fuera
console-step-paused = en pausa
console-step-previous = Paso anterior
console-step-next = Paso siguiente
console-step-last = Es el último paso: pase a la siguiente fase cuando quiera.
console-step-notes = Notas sobre este paso
console-step-notes-hint = Lo que destacó; pasa a su nota de la sesión
console-step-minutes = { $minutes } min
console-step-took = duró { $time }
console-step-unrecorded = la nota del paso { $step }

## Notas
console-notes = Notas
console-note-format = Formato de notas
console-format-free = Texto libre
console-format-soap = SOAP
console-format-dap = DAP
console-format-birp = BIRP
console-notes-private = Solo para usted: nunca se muestran a la pareja ni se imprimen en su hoja.
console-section-notes = Notas
console-section-subjective = Subjetivo
console-section-objective = Objetivo
console-section-data = Datos
console-section-assessment = Evaluación
console-section-plan = Plan
console-section-behaviour = Conducta
console-section-intervention = Intervención
console-section-response = Respuesta
console-hint-notes = Lo que ocurrió en la sesión, con sus propias palabras
console-hint-subjective = Lo que contó la pareja: preocupaciones, sentimientos, su semana
console-hint-objective = Lo que observó: afecto, interacción, escalada
console-hint-data = Lo que se dijo y se observó en la sesión
console-hint-assessment = Su valoración clínica: patrones, avances, posibles riesgos
console-hint-plan = Próximos pasos, tareas, la próxima cita
console-hint-behaviour = Lo que cada miembro de la pareja hizo y dijo
console-hint-intervention = Lo que hizo: técnicas, ejercicios, orientación
console-hint-response = Cómo respondió la pareja
console-section-kept = { $section } (de un formato anterior)
console-section-kept-note = Las notas { $format } no tienen la sección «{ $section }». Este texto se queda aquí, y en el PDF de notas, hasta que lo mueva.
console-move-into = Mover a { $section }
console-move-into-hover = Añade este texto al final de { $section }
console-section-unrecorded = la sección { $section } de la nota
console-quick-note = Nota rápida
console-quick-note-hint = Un momento para recordar, con la hora
console-add-note = Añadir
console-quick-note-too-long = Una nota rápida puede tener como máximo { $max } caracteres; esta tiene { $count }.
console-quick-notes-empty = Aquí aparecen las notas con hora que añada durante la sesión.
console-bookmark = (marcador)
console-signed-notes = Firmado por { $by } el { $date } a las { $time }. Cualquier añadido va en una adenda, en Cierre.
console-addendum-at = Adenda, { $date } a las { $time }

## Para el expediente
console-record = Para el expediente
console-signature = Firma
console-present = Presentes
console-held = Modalidad
console-modality-in-person = presencial
console-modality-telehealth = a distancia
console-service-code = Código de servicio
console-diagnosis-code = Código de diagnóstico
console-risk = Riesgo
console-risk-none = Nada que señalar
console-risk-concerns = Preocupaciones
console-risk-what = Cuáles son las preocupaciones
console-sign-needs-name = Añada su nombre y su titulación en Ajustes para firmar las notas.
console-sign-note = Las notas sin firmar se imprimen como borrador. Una vez firmadas, quedan bloqueadas: todo lo posterior es una adenda fechada.
console-sign-start = Firmar las notas…
console-sign-confirm = ¿Firmar estas notas como { $signer }?
console-sign = Firmar las notas
console-signed = Firmado electrónicamente por { $by } el { $date } a las { $time }.
console-addendum-line = Adenda, { $date } a las { $time }: { $text }
console-addendum = Adenda
console-addendum-hint = Fechada e impresa después de la firma
console-add-addendum = Añadir la adenda
console-addendum-unrecorded = una adenda
console-thousands = .
console-quick-notes-earlier = { $count ->
    [one] Una nota rápida anterior
   *[other] { $count } notas rápidas anteriores
}
