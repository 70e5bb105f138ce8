# Los mensajes de la línea de órdenes, en el idioma de quien hace la terapia: el que eligen los
# ajustes de la consulta, o el del ordenador (GROUNDWORK_LANG=es tiene prioridad sobre el del
# ordenador). Las palabras del propio clap («Usage», «Options») siguen en inglés.

## Ayuda: para qué sirve cada orden y cada opción
cli-about = Un acompañante de sesión para terapeutas de pareja.
cli-help-data-dir = La carpeta de datos (por defecto: la carpeta de datos del sistema)
cli-help-demo = Abrir una copia temporal nueva de una consulta de ejemplo; sus datos reales nunca se tocan
cli-help-passphrase-file = Leer la frase de contraseña de una consulta protegida desde FILE (legible solo por usted, modo 0600) en lugar de pedirla en el terminal: para scripts
cli-about-demo-data = Escribir una consulta de ejemplo en DIR (también sirve para crear grandes conjuntos de datos para pruebas de rendimiento)
cli-help-sessions = Sesiones pasadas por pareja
cli-about-export = Imprimir en PDF las notas de una sesión (para el registro), la hoja de tareas de la pareja o el informe de evolución de la pareja
cli-help-couple = La pareja, por su nombre («Sophie & Emma», o el nombre de uno de sus miembros)
cli-help-session = El número de la sesión, o «latest» para la última
cli-help-out = Dónde escribir el PDF (un archivo existente nunca se reemplaza)
cli-help-paper = Tamaño del papel; por defecto el de Ajustes
cli-help-timeline = Con las notas: la cronología de la sesión como anexo
cli-help-lang = El idioma del documento (en, de, fr, es); por defecto el de la pareja para la hoja de tareas, el suyo para las notas y el informe de evolución
cli-about-encrypt = Proteger la consulta con una frase de contraseña: cada archivo de la carpeta de datos queda sellado (XChaCha20-Poly1305, clave derivada con argon2id). Se puede interrumpir sin riesgo: la consulta queda entonces como estaba o protegida
cli-about-backup = Escribir toda la consulta en FILE como una copia de seguridad sellada (leída de nuevo y comprobada). La copia de una consulta protegida se abre con su frase de contraseña; para la de una consulta sin proteger se pide una frase de contraseña propia
cli-about-restore = Restaurar una copia de seguridad en la carpeta de datos indicada con --data-dir (una carpeta nueva o vacía)
cli-about-templates = Plantillas de protocolo
cli-about-templates-check = Comprobar las plantillas e imprimir cada problema como `archivo:línea:columna: mensaje`. Sin DIR: las plantillas incluidas y la carpeta de sus propias plantillas

## Lo que dice una orden
cli-no-data-folder = no se encontró una carpeta de datos para este usuario; indique una con --data-dir DIR
cli-demo-sizes = use entre 1 y 100.000 parejas y como máximo 1.000 sesiones por pareja
cli-demo-not-empty = { $folder } ya contiene una consulta; elija una carpeta vacía para que nada se mezcle ni se sobrescriba
cli-demo-written = Se escribieron { $couples ->
    [one] 1 pareja
   *[other] { $couples } parejas
} y { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} en { $folder } en { $seconds } s.
cli-demo-protected = Protegida con la frase de contraseña: { $count } archivos sellados.
cli-no-couple = ninguna pareja se llama «{ $name }»
cli-several-couples = «{ $name }» coincide con { $couples }; use los dos nombres
cli-wrote = Se escribió { $file } ({ $count ->
    [one] 1 página
   *[other] { $count } páginas
}).
cli-session-number = --session espera un número o «latest», no «{ $session }»
cli-no-session = { $couple } no tiene sesión { $session }
cli-file-unreadable = No se pudo leer { $file }: { $error }
cli-file-not-private = otros usuarios pueden leer { $file }; hágalo legible solo para usted (chmod 600 { $file }) y vuelva a intentarlo
cli-terminal = no se pudo leer la frase de contraseña desde el terminal ({ $error }); use --passphrase-file FILE
# Las peticiones: lo que se escribe sigue tras un espacio.
cli-ask-new = Nueva frase de contraseña para esta consulta:
cli-ask = Frase de contraseña:
cli-ask-again = La misma frase de contraseña otra vez:
cli-passphrases-differ = las dos frases de contraseña no coinciden; no se cambió nada
cli-keychain-failed = Groundwork: { $why }; se pide la frase de contraseña en su lugar.
cli-not-a-practice = { $folder } no es la carpeta de datos de una consulta
cli-already-protected = { $folder } ya está protegida con una frase de contraseña; no se cambió nada
cli-protected = { $folder } protegida: { $count } archivos sellados en { $seconds } s. Groundwork pide ahora la frase de contraseña al abrir esta consulta; sin ella, nadie puede leerla (tampoco usted).
cli-exports-moved = { $count } PDF exportados se movieron fuera de la carpeta de datos, a { $folder }: guárdelos donde guarda otros documentos de sus clientes, o elimínelos.
cli-backed-up = Copia de seguridad de { $count } archivos ({ $size } MB) en { $file } en { $seconds } s, leída de nuevo: está completa.
cli-restore-where = indique dónde restaurarla con --data-dir DIR (una carpeta nueva o vacía)
cli-restored = Se restauraron { $count } archivos de { $file } en { $folder }.
cli-templates-good = { $count ->
    [one] Se comprobó 1 archivo
   *[other] Se comprobaron { $count } archivos
} de plantillas: todo bien.
cli-templates-problems = { $count ->
    [one] Se comprobó 1 archivo
   *[other] Se comprobaron { $count } archivos
} de plantillas: { $problems ->
    [one] 1 problema
   *[other] { $problems } problemas
}.
cli-window-demo = Groundwork — consulta de ejemplo
cli-no-window =
    no se pudo abrir la ventana: Groundwork necesita un escritorio donde mostrarla (la exportación y la comprobación de plantillas funcionan sin él), y no se cambió nada en la carpeta de datos.
    Detalles: { $error }
