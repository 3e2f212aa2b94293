## Mensajes de validación comunes a todos los formularios y título de una página
## cuyo formulario contiene errores.

form-error-title = Error: { $title }
form-too-long =
    { $count ->
        [one] No debe superar { $n } carácter
       *[other] No debe superar { $n } caracteres
    }
form-control-characters = No debe contener caracteres de control
form-invisible-characters = No debe contener caracteres de formato invisibles, como espacios de ancho cero o cambios forzados de la dirección del texto
form-email-missing = Introduzca su dirección de correo electrónico
form-email-too-long = La dirección de correo electrónico no debe superar 254 caracteres
form-email-format = Introduzca una dirección de correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.org
form-country-missing = Seleccione su país
form-country-unknown = Seleccione un país de la lista
form-zone-missing = Introduzca una zona horaria, por ejemplo Europe/Zurich
form-zone-unknown = «{ $zone }» no es una zona horaria que conozcamos; indique una ciudad o un nombre como Asia/Tokyo
form-name-missing = Introduzca su nombre completo
form-password-missing = Introduzca una contraseña
form-password-too-short =
    { $count ->
        [one] La contraseña debe tener al menos { $n } carácter
       *[other] La contraseña debe tener al menos { $n } caracteres
    }
form-password-too-long =
    { $count ->
        [one] La contraseña no debe superar { $n } carácter
       *[other] La contraseña no debe superar { $n } caracteres
    }
form-colour-format = Introduzca un color con seis dígitos hexadecimales, por ejemplo #1b4f8f
form-colour-too-light = Este color es demasiado claro: el texto blanco sobre él tiene un contraste de { $contrast }:1, y se necesita al menos { $min }:1 para que sea legible (WCAG AA). Elija un tono más oscuro
form-colour-links-too-light = Como color de los enlaces sobre el fondo de la página, este color tiene un contraste de { $contrast }:1, y se necesita al menos { $min }:1 (WCAG AA). Elija un tono más oscuro
form-picture-missing = Elija una imagen para subir
form-picture-too-large = La imagen ocupa { $size } KB; se admite un máximo de { $max } KB
form-picture-not-png-or-jpeg = El archivo no es una imagen PNG ni JPEG
form-picture-unreadable = No se ha podido leer la imagen (está dañada o sus dimensiones en píxeles son excesivas)
form-picture-not-converted = No se ha podido convertir la imagen
form-unreadable = No se ha podido leer el formulario: { $detail }
